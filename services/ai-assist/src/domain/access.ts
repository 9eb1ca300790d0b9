/** The draft is the assignee's alone: it is written for them to send. */
export const maySeeDraft = (caller: { userId: string }, assigneeId: string | null): boolean =>
  assigneeId !== null && assigneeId === caller.userId;
