/** Pure history logic: digests, threads, syndication, the demand ledger and the timeline. */
export * from './types';
export * from './digest';
export * from './thread';
export * from './syndication';
export * from './ledger';
export * from './timeline';
