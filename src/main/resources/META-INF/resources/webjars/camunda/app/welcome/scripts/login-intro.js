import loginIntro from '../../dlm/login-intro.js';

export default loginIntro('welcome');
