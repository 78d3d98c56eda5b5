// The shape of `window.api`, derived from the contract: channel "feature:verb" becomes
// `api.feature.verb(payload)`. The preload must satisfy it; the compiler keeps them equal.
import type { AppCommand, InvokeChannel } from './channels';
import type { RequestOf, ResponseOf } from './contract';
import type { Result } from './result';

type FeatureOf<C extends string> = C extends `${infer Feature}:${string}` ? Feature : never;

export type ApiMethod<C extends InvokeChannel> = [RequestOf<C>] extends [undefined]
  ? () => Promise<Result<ResponseOf<C>>>
  : (payload: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

export type RekindleApi = {
  [F in FeatureOf<InvokeChannel>]: {
    [C in InvokeChannel as C extends `${F}:${infer Verb}` ? Verb : never]: ApiMethod<C>;
  };
} & {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
};
