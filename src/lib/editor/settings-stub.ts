/**
 * TEMPORARY stand-in for publish's CMS settings (src/lib/site-settings.ts readCmsSettings /
 * cmsBackendConfig / localRepositoryBackend and src/lib/cms-setup.ts cmsSetupHelpHtml, board
 * contract 4), until they land on main. Same names and shapes.
 */
export function readCmsSettings(env: Record<string, string | undefined>): { backend: string } | undefined {
  return env.PLAN_CMS_BACKEND ? { backend: env.PLAN_CMS_BACKEND } : undefined;
}
export function cmsBackendConfig(_settings: { backend: string }): { backend: Record<string, unknown>; publish_mode?: 'editorial_workflow' } {
  throw new Error('PLAN_CMS_* settings are not supported before the publish branch lands');
}
export const cmsConnectOrigins = (_settings: { backend: string }): string[] => [];
export function localRepositoryBackend(): { backend: Record<string, unknown> } {
  return { backend: { name: 'github', repo: 'local/repository', branch: 'main', auth_methods: ['token'] } };
}
export const cmsSetupHelpHtml = () =>
  '<section lang="zh-CN"><h2>浏览器编辑器尚未连接到 Git 服务器</h2></section><section lang="en"><h2>The browser editor is not connected to a Git host yet</h2></section>';
