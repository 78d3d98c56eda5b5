// The one way a component asks main for a change: it is busy while main works, says what
// happened in a toast, and explains a failure by its code, in a toast or beside the form.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showToast } from '../state/toasts';
import { describeError } from './describe-error';

export interface MutationOptions<Args extends unknown[], Result> {
  /** The toast after it worked; null or omitted for none. */
  success?: (result: Result, ...args: Args) => string | null;
  /** How long the success toast stays, in ms, when it says more than a line (an import's counts). */
  successDuration?: number;
  /** Runs after it worked (close the dialog, reset the form). */
  onSuccess?: (result: Result, ...args: Args) => void;
  /**
   * Where a failure is told: 'toast' (the default) for a button, 'inline' for a form that
   * shows `error` beside its buttons.
   */
  failure?: 'toast' | 'inline';
  /**
   * A sentence for failures this place knows better (a date that must be later, a field
   * that main named); null to fall back to describeError; '' when this place has told the
   * user itself (on the form's fields) and nothing more should be said.
   */
  explain?: (error: unknown, ...args: Args) => string | null;
}

export interface Mutation<Args extends unknown[], Result> {
  /** Resolves to main's answer, or to undefined once the failure has been told. */
  run: (...args: Args) => Promise<Result | undefined>;
  busy: boolean;
  /** The failure's sentence while `failure` is 'inline'; null otherwise. */
  error: string | null;
  clearError: () => void;
}

export function useMutation<Args extends unknown[], Result>(
  change: (...args: Args) => Promise<Result>,
  options: MutationOptions<Args, Result> = {},
): Mutation<Args, Result> {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // A plain closure: a run reads the options of the render that started it.
  const run = async (...args: Args): Promise<Result | undefined> => {
    setBusy(true);
    setError(null);
    try {
      const result = await change(...args);
      const message = options.success?.(result, ...args) ?? null;
      if (message !== null) showToast({ message, ...(options.successDuration ? { duration: options.successDuration } : {}) });
      options.onSuccess?.(result, ...args);
      return result;
    } catch (failure) {
      const sentence = options.explain?.(failure, ...args) ?? describeError(failure, t);
      if (sentence === '') return undefined;
      if (options.failure === 'inline') {
        if (mounted.current) setError(sentence);
      } else showToast({ kind: 'error', message: sentence });
      return undefined;
    } finally {
      // A dialog that closed on success is gone; its state is too.
      if (mounted.current) setBusy(false);
    }
  };

  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
