// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { siteSettings } from './src/integrations/site-settings.mjs';

const { base, site } = siteSettings(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'Push Error Codes',
      description:
        'What a push-notification error code means in every catalog that uses it: TPNS, XGPush, Tencent Cloud Chat push, Xiaomi, Huawei, OPPO, vivo, Meizu, Honor, FCM and APNs.',
      favicon: '/favicon.svg',
      components: {
        Search: './src/components/Search.astro',
      },
    }),
  ],
});
