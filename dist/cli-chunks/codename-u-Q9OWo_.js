import { c as codenameFor } from './codename-pH4rIDTz.js';

/** `incident-kit codename`: print the codename an issue gets (the same function the action uses). */
const codenameCommand = {
    name: 'codename',
    summary: 'print the codename of an issue number (or a few examples)',
    usage: 'incident-kit codename [ISSUE_NUMBER] [--repo-id ID]',
    async run(args, io) {
        let repoId = 0;
        const numbers = [];
        for (let i = 0; i < args.length; i++) {
            const arg = args[i];
            if (arg === '--repo-id') {
                const v = Number(args[++i]);
                if (!Number.isInteger(v) || v < 0) {
                    io.stderr.write(`codename: --repo-id expects a whole number, got "${args[i] ?? ''}"\n`);
                    return 2;
                }
                repoId = v;
            }
            else if (/^[1-9][0-9]*$/.test(arg))
                numbers.push(Number(arg));
            else {
                io.stderr.write(`codename: "${arg}" is not an issue number\nusage: ${this.usage}\n`);
                return 2;
            }
        }
        for (const n of numbers.length ? numbers : [1, 2, 3])
            io.stdout.write(`${numbers.length ? '' : `#${n} `}${codenameFor(repoId, n)}\n`);
        return 0;
    }
};

export { codenameCommand };
