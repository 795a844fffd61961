import '../../dlm/chinese-names.js';
import '../../dlm/engine-messages.js';
import '../../dlm/eol-banner.js';
