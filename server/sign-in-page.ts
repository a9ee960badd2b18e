// The sign-in page: plain HTML and a form posting to /api/session, no script (the CSP allows none inline).

/** Why a sign-in was refused, as the page says it (by code in its URL). */
export const SIGN_IN_PROBLEMS = {
  missing: '请填写用户名和密码',
  credentials: '用户名或密码不对',
  limited: '登录失败次数过多，请一分钟后再试',
} as const;
export type SignInProblem = keyof typeof SIGN_IN_PROBLEMS;

export function signInPage(code?: string): string {
  const error = code && Object.hasOwn(SIGN_IN_PROBLEMS, code) ? SIGN_IN_PROBLEMS[code as SignInProblem] : undefined;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>登录 · 稠城街道工作进度看板</title>
</head>
<body>
<main>
<h1>稠城街道工作进度看板</h1>
<form method="post" action="/api/session">
${error ? `<p role="alert">${error}</p>` : ''}
<p><label for="username">用户名</label><br><input id="username" name="username" autocomplete="username" required></p>
<p><label for="password">密码</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit">登录</button></p>
</form>
<form method="post" action="/signout"><p><button type="submit">退出登录</button></p></form>
</main>
</body>
</html>
`;
}
