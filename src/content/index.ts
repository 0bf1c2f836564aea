/**
 * Content-script entry, injected at document_idle on the manifest's news sites (and on pages the
 * user asks for). Holds only the gate and the lifecycle; the pipeline is a dynamic import.
 */
import { start } from './lifecycle';

start();
