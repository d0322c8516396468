/** What a batch implementation yields for each task: Nx records it as that task's result and output. */
export interface BatchTaskResult {
  task: string;
  result: { success: boolean; terminalOutput: string; startTime: number; endTime: number };
}
