/*
 * "忘记密码" link under the login form of the four webapps, leading to our own page
 * /password/forgot.html (cn.dlm.password). Registered by each app's scripts/forgot-password.js on
 * the "<app>.login" plugin point; the priority below 0 places it after the default login form.
 */
const TEXT = {
  zh: '忘记密码？',
  en: 'Forgot your password?'
};

function language() {
  const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  return preferred.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export default function forgotPassword(app) {
  return {
    id: 'dlm-forgot-password',
    pluginPoint: app + '.login',
    priority: -10,
    render(node) {
      const box = document.createElement('p');
      box.className = 'dlm-forgot-password';
      box.setAttribute('style', 'margin: 12px 0 0; text-align: center;');
      const link = document.createElement('a');
      link.href = '/password/forgot.html';
      link.textContent = TEXT[language()];
      box.appendChild(link);
      node.appendChild(box);
    }
  };
}
