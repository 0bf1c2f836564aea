// Placeholder entry: replaced by the gate (see issue 2/4).
export {};
