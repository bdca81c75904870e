/** Decision and action statuses as people read them (told in words, never by colour alone). */
export const decisionStatusLabels: Record<string, string> = {
    'on-track': 'on track',
    'at-risk': 'at risk',
    'no-data': 'no data'
};

export const actionStatusLabels: Record<string, string> = {
    done: 'done',
    open: 'open',
    overdue: 'overdue'
};
