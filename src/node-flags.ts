/**
 * V8 flags the bot runs with: `npm start`, `npm run bench` and `npm run bench:load` pass them to node (package.json;
 * bench:load's engine soak times the bot's query path in its own process), and scripts/bench-load.ts starts the bot
 * with them, as `npm start` does (test/node-flags.test.ts checks the scripts).
 *
 * `--no-parallel-scavenge`: V8 collects the young generation (a "scavenge", every few megabytes allocated: about
 * every 60 questions over the forum) with helper threads by default, and the thread that asked waits until every
 * helper has finished its share. On a machine whose cores are busy, a helper that started its share and was then
 * descheduled holds the whole process until the system runs it again: measured on this project's shared 2-core
 * machine over the forum's questions, at load average 17–21, most scavenges took 5–85 ms with helpers and 0.6–0.9
 * ms without, the question that met one waiting all that time. Those waits were the forum's slowest questions
 * (p99 5–6 ms on a quiet day, where the median is 0.5 ms). A scavenge of a bot's young generation is small work
 * that one thread does in about a millisecond. (Set on the command line, not with `v8.setFlagsFromString` at run
 * time: V8 reads some garbage-collection flags once, and changing one of those while it runs can crash it.)
 *
 * `--v8-pool-size=1`: V8 does its background work (optimising compilation, concurrent marking and sweeping) on a
 * pool of worker threads, four by default whatever the machine. On a 2-core machine four busy workers and the main
 * thread are five threads for two cores, and a question waits while the workers have them: after a warm-up of 200
 * questions V8 still compiles some 130 functions on its workers while the bench times the forum's 1,003 questions,
 * and those waits were the forum's p99 (about 5 ms where the median is 0.45 ms). With one worker the background
 * work never holds both cores. Measured on the quiet 2-core machine, alternating runs: the forum's p99 4.85–5.44 ms
 * → 1.01–1.32 ms (p50 unchanged), the tydiqa-id build 2,018–2,345 → 1,642–1,936 ms; with two busy loops beside
 * it, the forum's p99 8.9–9.6 → 5.1–5.4 ms. A pool of two kept the forum's p99 at 4.6–4.9 ms.
 */
export const NODE_FLAGS: readonly string[] = ['--no-parallel-scavenge', '--v8-pool-size=1'];
