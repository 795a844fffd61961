/*
 * Replaces app/tasklist/scripts/config.js of camunda-webapp-webjar 7.24.0 (our classpath copy
 * wins over the webjar's). Same structure as the default; options not set here keep their
 * defaults — see the default file for the full list.
 */
export default {
  // header and browser title read "<vendor> <name>"
  app: {
    name: '待办任务',
    vendor: '民主生活会全流程管理系统'
  },

  // moment formats; locales/zh.json defines them as 2026年10月9日 14:30
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },

  // the browser's zh-CN arrives as "zh"; any other language gets English
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },

  // login-intro: tells the visitor of the login page what this system is;
  // forgot-password: the 忘记密码 link under the login form (see dlm/forgot-password.js);
  // moment-locale: keeps dates in the language shown (see dlm/moment-locale.js);
  // form-zh: Chinese for the texts form-js (Camunda Forms) has built in;
  // form-validity: keeps 完成 usable after editing a dynamic list (see the script);
  // form-dates: date fields read 2026-12-01 / 2026年12月1日 and refuse what they cannot read;
  // dlm-ui: names as 刘芳, engine errors in Chinese, the end-of-life banner for administrators only;
  // navbar-actions: 发起流程 and 新建任务 only for those who may start a process or create a task;
  // intake-actions: 开启网上征求意见 in the notice of 汇总征求意见 (see the script);
  // dlm-board: the county board (民主生活会总览) read-only at #/board, for the supervisors and the office
  customScripts: ['scripts/login-intro', 'scripts/forgot-password', 'scripts/moment-locale', 'scripts/form-zh', 'scripts/form-validity',
    'scripts/form-dates', 'scripts/dlm-ui', 'scripts/navbar-actions', 'scripts/intake-actions', 'scripts/dlm-board'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到第一个筛选器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到任务列表的第一项任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“发起流程”对话框'
    }
  }
};
