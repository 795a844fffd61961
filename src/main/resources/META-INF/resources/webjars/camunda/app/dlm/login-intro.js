/*
 * Login page notice shared by the four webapps: before signing in, a visitor learns what this
 * system is and which account to use. Registered by each app's scripts/login-intro.js on the
 * "<app>.login" plugin point.
 */
const TEXT = {
  zh: {
    title: '民主生活会全流程管理系统',
    body: '用于党员领导班子年度民主生活会的全流程办理：会前学习、征求意见、谈心谈话、' +
      '撰写对照检查材料、审核把关、召开会议、会后报告与整改落实。',
    hint: '请使用组织部门分配的账号登录。'
  },
  en: {
    title: 'Democratic Life Meeting Management System',
    body: 'Runs the annual democratic life meeting of party leadership teams from study and ' +
      'opinion solicitation to the meeting, its reports and rectification.',
    hint: 'Log in with the account given to you by the organizing office.'
  }
};

function language() {
  const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  return preferred.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function paragraph(text, style) {
  const p = document.createElement('p');
  p.textContent = text;
  p.setAttribute('style', style);
  return p;
}

export default function loginIntro(app) {
  return {
    id: 'dlm-login-intro',
    pluginPoint: app + '.login',
    priority: 100,
    render(node) {
      const text = TEXT[language()];
      const box = document.createElement('div');
      box.className = 'dlm-login-intro';
      box.setAttribute('style', 'margin: 0 0 20px; text-align: center;');
      box.appendChild(paragraph(text.title, 'font-size: 20px; font-weight: bold; margin-bottom: 8px;'));
      box.appendChild(paragraph(text.body, 'font-size: 14px; line-height: 1.6; margin-bottom: 4px;'));
      box.appendChild(paragraph(text.hint, 'font-size: 13px; color: #666;'));
      node.appendChild(box);
    }
  };
}
