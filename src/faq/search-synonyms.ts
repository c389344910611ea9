/**
 * The bundled dataset's search synonyms ("cost" finds "price"), a module of their own: they load with the
 * search code (see faq.component.ts), not with every FAQ.
 */
import { searchSynonyms } from '../../data/ketamine.json';

export default searchSynonyms as string[][];
