// The sign-in page: plain HTML and a form posting to /api/session, no script (the CSP allows none
// inline), styled by its own small stylesheet (/signin.css: the CSP allows styles from 'self' only).

/** Why a sign-in was refused, as the page says it (by code in its URL). */
export const SIGN_IN_PROBLEMS = {
  missing: '请填写用户名和密码',
  credentials: '用户名或密码不对',
  limited: '登录失败次数过多，请一分钟后再试',
} as const;
export type SignInProblem = keyof typeof SIGN_IN_PROBLEMS;

export const SIGN_IN_CSS_PATH = '/signin.css';

/** Said on the page while the database has no user yet (a fresh install): how to add the first. */
export const NO_USERS_YET = '还没有任何用户。请管理员在服务器上运行下面的命令，添加第一个用户：';
const FIRST_USER_COMMAND = 'npm run server:user -- --id 用户名 --name 姓名 --role leader';

export function signInPage(code: string | undefined, { noUsers = false } = {}): string {
  const error = code && Object.hasOwn(SIGN_IN_PROBLEMS, code) ? SIGN_IN_PROBLEMS[code as SignInProblem] : undefined;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>登录 · 稠城街道工作进度看板</title>
<link rel="stylesheet" href="${SIGN_IN_CSS_PATH}">
</head>
<body>
<main class="signin">
<h1>稠城街道工作进度看板</h1>
${noUsers ? `<p class="signin__note" role="status">${NO_USERS_YET}<code>${FIRST_USER_COMMAND}</code></p>` : ''}
<form method="post" action="/api/session">
${error ? `<p class="signin__error" role="alert">${error}</p>` : ''}
<p><label for="username">用户名</label><input id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required></p>
<p><label for="password">密码</label><input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit">登录</button></p>
</form>
<form method="post" action="/signout" class="signin__out"><button type="submit">退出登录</button></form>
</main>
</body>
</html>
`;
}

/** The page's look: the app's font stack and colours, one column that fits a phone, dark with the OS. */
export const SIGN_IN_CSS = `:root {
  --font: 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', system-ui, -apple-system, sans-serif;
  --bg: #f4f6f9; --surface: #ffffff; --text: #1a2233; --muted: #4a5568; --border: #d5dbe5;
  --accent: #1f5fbf; --accent-contrast: #ffffff; --danger: #b42318;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #0f1520; --surface: #182131; --text: #e8edf5; --muted: #b3bfd1; --border: #2c3a50; --accent: #8cb8ff; --accent-contrast: #0b1220; --danger: #ff8a80; }
}
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; padding: 16px; background: var(--bg); color: var(--text); font: 16px/1.6 var(--font); }
.signin { width: 100%; max-width: 380px; background: var(--surface); border: 1px solid var(--border); border-radius: 12px; padding: 28px 24px; }
h1 { margin: 0 0 20px; font-size: 20px; line-height: 1.4; }
form p { margin: 0 0 16px; }
label { display: block; margin-bottom: 4px; font-weight: 600; }
input { width: 100%; min-height: 44px; padding: 8px 12px; font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--border); border-radius: 8px; }
input:focus-visible, button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
button { width: 100%; min-height: 44px; font: inherit; font-weight: 600; border-radius: 8px; border: 1px solid var(--accent); background: var(--accent); color: var(--accent-contrast); cursor: pointer; }
.signin__out { margin-top: 4px; }
.signin__out button { background: transparent; color: var(--accent); border-color: var(--border); font-weight: 400; }
.signin__error { color: var(--danger); font-weight: 600; }
.signin__note { font-size: 14px; color: var(--muted); border-left: 3px solid var(--accent); padding-left: 10px; }
.signin__note code { display: block; margin-top: 6px; font-size: 13px; color: var(--text); overflow-wrap: anywhere; }
`;
