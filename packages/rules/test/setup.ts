/** Every test classifies with the real en-GB dictionary, as the server and the editor do. */
import dictionary from 'dictionary-en-gb';
import { useDictionary } from '../src/signals/speller.js';

useDictionary(dictionary);
