// The few globals that both Node and Chromium provide. shared/ is compiled without DOM or
// Node types so it cannot reach for either runtime by accident; these are the exceptions.
declare class URL {
  constructor(input: string, base?: string);
  readonly protocol: string;
  readonly href: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  toString(): string;
}
