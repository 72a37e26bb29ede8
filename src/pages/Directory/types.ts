// What the directory page is given: the catalogue it lists and the routing it links into.
import type { KeyedFlow } from '../../app/flow';

/** The flow's contacts, resources and taxonomy. */
export type DirectoryCatalogue = Pick<KeyedFlow, 'contacts' | 'resources' | 'audiences' | 'themes'>;
/** The flow's routing: for "you get here through" links. */
export type DirectoryRouting = Pick<KeyedFlow, 'start' | 'questions' | 'results'>;
