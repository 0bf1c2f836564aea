// Placeholder: the background service worker (see issue 2).
export {};
