/** The shape of one CLI command. Commands live beside their domain and are listed in dispatch.ts. */
export interface CliIo {
  stdout: { write(chunk: string): unknown }
  stderr: { write(chunk: string): unknown }
  cwd: string
  /** Standard input, for a command given `-` as its input (absent in tests that do not feed it). */
  stdin?: AsyncIterable<string | Uint8Array>
}

export interface Command {
  name: string
  /** One line for `incident-kit help`. */
  summary: string
  /** Usage line(s), e.g. "incident-kit runbooks [dir] [--json]". */
  usage: string
  /** Returns the process exit code. Never throws for bad input: prints the problem and returns 2. */
  run(args: string[], io: CliIo): Promise<number>
}
