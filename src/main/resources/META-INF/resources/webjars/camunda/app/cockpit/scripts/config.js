/*
 * Replaces app/cockpit/scripts/config.js of camunda-webapp-webjar 7.24.0 (our classpath copy wins
 * over the webjar's). Same structure as the default; options not set here keep their defaults —
 * see the default file for the full list.
 */
export default {
  // header and browser title read "<vendor> <name>"
  app: {
    name: '流程监控',
    vendor: '民主生活会全流程管理系统'
  },

  // the browser's zh-CN arrives as "zh"; any other language gets English
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },

  // login-intro: tells the visitor of the login page what this system is;
  // forgot-password: the 忘记密码 link under the login form (see dlm/forgot-password.js);
  // moment-locale: keeps dates in the language shown (see dlm/moment-locale.js);
  // dlm-ui: names as 刘芳, engine errors in Chinese, the end-of-life banner for administrators only;
  // cockpit-zh: Chinese for the variable table's and instance details' English literals;
  // dlm-board: our plugins, the county board (#/board) and the roster import (#/roster)
  customScripts: ['scripts/login-intro', 'scripts/forgot-password', 'scripts/moment-locale', 'scripts/dlm-ui', 'scripts/cockpit-zh',
    'scripts/dlm-board']
};
