import '../../dlm/moment-locale.js';
