import forgotPassword from '../../dlm/forgot-password.js';

export default forgotPassword('welcome');
