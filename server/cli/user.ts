// npm run server:user -- --id wang --name 王书记 --role secretary --community cilin [--password …]
// Adds a user, or with an id that exists sets their name, role, community and password. Without
// --password it is read from the PASSWORD environment variable, else a random one is printed once.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../../src/lib/api/contract';
import { hashPassword } from '../auth';
import { openDatabase, optionsFromEnv } from '../db';

const { values } = parseArgs({ options: { id: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, community: { type: 'string' }, password: { type: 'string' } } });
const problems: string[] = [];
if (!values.id || !/^[A-Za-z0-9._-]+$/.test(values.id)) problems.push('--id：登录用的用户名，字母、数字、. _ -');
if (!values.name) problems.push('--name：显示的姓名，如 王书记');
if (!values.role || !(ROLES as readonly string[]).includes(values.role)) problems.push(`--role：${ROLES.join(' | ')}`);
if (values.role === 'secretary' && !values.community) problems.push('--community：社区书记所在社区的 id，如 cilin');
if (values.role !== 'secretary' && values.community) problems.push('--community 只用于 --role secretary');
const password = values.password ?? process.env.PASSWORD ?? randomBytes(9).toString('base64url');
if (password.length < 8) problems.push('密码至少 8 个字符');
if (problems.length > 0) {
  console.error(`用法：npm run server:user -- --id <用户名> --name <姓名> --role <角色> [--community <社区id>] [--password <密码>]\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(2);
}

const handle = await openDatabase(optionsFromEnv());
try {
  const communityId = values.community ?? null;
  if (communityId && !(await handle.db.selectFrom('communities').select('id').where('id', '=', communityId).executeTakeFirst())) {
    console.error(`没有 id 为 “${communityId}” 的社区（先运行 npm run server:seed，或检查拼写）`);
    process.exitCode = 2;
  } else {
    const row = { id: values.id!, name: values.name!, role: values.role as Role, community_id: communityId, password_hash: await hashPassword(password) };
    await handle.db
      .insertInto('users')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet({ name: row.name, role: row.role, community_id: row.community_id, password_hash: row.password_hash }))
      .execute();
    // A changed password or role ends the user's sessions.
    await handle.db.deleteFrom('sessions').where('user_id', '=', row.id).execute();
    console.log(`用户 ${row.id}（${row.name}，${row.role}${communityId ? `，${communityId}` : ''}）已保存${values.password ?? process.env.PASSWORD ? '' : `；初始密码：${password}`}`);
  }
} finally {
  await handle.close();
}
