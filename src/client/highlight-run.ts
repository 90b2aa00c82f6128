// Entry of the on-demand highlighter bundle (see highlight-loader.ts).
import { highlight } from './highlight.ts';

highlight();
