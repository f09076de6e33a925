/**
 * How many tasks a worker annotates together, stage by stage (see `createBatcher` in worker.ts).
 * Its own module, so that the main thread can size the pool without loading the pipeline.
 */
export const BATCH_TASKS = 16;
