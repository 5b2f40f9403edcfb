// `cdk8s-ingress-egress <command>`: argument parsing only; each command lives in its own
// file and registers itself here. Exit codes: 0 ok, 1 findings (e.g. `check` errors),
// 2 bad usage or unreadable/invalid input.
import { Command, CommanderError } from 'commander';
import { registerCheck } from './check';
import { registerConnlist } from './connlist';
import { registerReport } from './report';

/** Where a command writes; tests pass buffers instead of the process streams. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Each command file exports one of these; `setExit` raises the process exit code. */
export type CommandRegistration = (program: Command, io: CliIo, setExit: (code: number) => void) => void;

// One line per command; each lives in its own file (connlist.ts, report.ts, check.ts).
const COMMANDS: CommandRegistration[] = [
  registerCheck,
  registerConnlist,
  registerReport,
];

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function run(argv: string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0;
  const program = new Command('cdk8s-ingress-egress')
    .description('Pod networking as code for cdk8s: analyze, report and check synthesized manifests')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  for (const register of COMMANDS) {
    register(program, io, (code) => { exitCode = Math.max(exitCode, code); });
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? 0 : 2;
    }
    io.err(`cdk8s-ingress-egress: ${(e as Error).message}\n`);
    return 2;
  }
  return exitCode;
}

function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
}
