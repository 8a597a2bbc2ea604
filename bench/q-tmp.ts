import { runQuality } from './quality'
void runQuality({ runs: Number(process.argv[2] ?? 10), seed: Number(process.argv[3] ?? 7) })
