// The 忘记密码 and 设置密码 pages: plain forms over /api/password/*, answers shown as given (Chinese).
(function () {
  'use strict';

  var message = document.getElementById('message');

  function show(text, ok) {
    message.textContent = text;
    message.className = 'message ' + (ok ? 'ok' : 'error');
    message.hidden = false;
  }

  function post(path, body) {
    return fetch('/api/password/' + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        return { ok: response.ok, message: json.message || '系统暂时无法处理，请稍后重试。' };
      });
    }, function () {
      return { ok: false, message: '无法连接服务器，请检查网络后重试。' };
    });
  }

  var forgot = document.getElementById('forgot-form');
  if (forgot) {
    forgot.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = document.getElementById('submit');
      button.disabled = true;
      post('forgot', { login: document.getElementById('login').value }).then(function (answer) {
        show(answer.message, answer.ok);
        button.disabled = false;
      });
    });
  }

  var set = document.getElementById('set-form');
  if (set) {
    var params = new URLSearchParams(window.location.search);
    var link = { login: params.get('login') || '', token: params.get('token') || '' };
    // keep the token out of the address bar and the browser history
    window.history.replaceState(null, '', window.location.pathname);
    document.getElementById('login-shown').textContent = link.login;
    var button = document.getElementById('submit');
    post('check', link).then(function (answer) {
      if (!answer.ok) {
        show(answer.message, false);
        button.disabled = true;
      }
    });
    set.addEventListener('submit', function (event) {
      event.preventDefault();
      var password = document.getElementById('password').value;
      if (password !== document.getElementById('confirm').value) {
        show('两次输入的密码不一致，请重新输入。', false);
        return;
      }
      button.disabled = true;
      post('set', { login: link.login, token: link.token, password: password }).then(function (answer) {
        show(answer.message, answer.ok);
        button.disabled = answer.ok;
        if (answer.ok) {
          set.hidden = true;
        }
      });
    });
  }
})();
