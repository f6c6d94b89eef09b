/** Words of name forms: title words that are also common surnames ("Mr. King", "Mr. Prince", "Ms. Bishop"). */
import { set } from './words.js';

/** Title words that follow an honorific as a surname ("Mr. King said"); vocatives ("Mr. President") are not here. */
export const TITLE_SURNAMES = set('king prince bishop baron dean judge major marshal duke earl knight pope abbott');
