import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type ProxyOptions } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The sign-in form and the form components it shares with later pages, in one chunk: left to the
 * bundler they are a dozen small chunks (each shared with a different set of pages), and every chunk
 * costs the first screen a request, its own gzip dictionary and import glue (decision 0013).
 */
const SIGN_IN_FORM = [
  '/src/features/auth/sign-in.page.tsx',
  '/src/components/text-field.component.tsx',
  '/src/components/error-summary.component.tsx',
  '/src/components/busy-button.component.tsx',
  '/src/components/focus.ts',
  // React Aria's text field and form validation, which only form pages use.
  '/react-aria-components/dist/private/TextField.mjs',
  '/react-aria-components/dist/private/Text.mjs',
  '/react-aria/dist/private/textfield/useTextField.mjs',
  '/react-aria/dist/private/form/useFormValidation.mjs',
  '/react-stately/dist/private/form/useFormValidationState.mjs',
  '/react-stately/dist/private/utils/useControlledState.mjs',
  '/react-aria/dist/private/utils/useFormReset.mjs',
  '/react-aria-components/dist/private/Input.mjs',
  '/react-aria-components/dist/private/TextArea.mjs',
];

const API_TARGET = 'http://localhost:8080';

/**
 * Dev proxy to the API. The server refuses writes whose Origin is another host (CSRF check), and
 * behind the proxy the page's origin (:5173) is not the API's, so the proxy presents the request
 * as coming from the API's own origin. Only the dev server does this; production is same-origin.
 */
const api: ProxyOptions = {
  target: API_TARGET,
  changeOrigin: true,
  configure: (proxy) => {
    proxy.on('proxyReq', (request) => {
      if (request.getHeader('origin')) request.setHeader('origin', API_TARGET);
    });
  },
};

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources ("birge-source" export condition).
  resolve: { conditions: ['birge-source', ...defaultClientConditions] },
  plugins: [
    react(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      // The app registers the worker itself with workbox-window (src/app/service-worker.ts).
      injectRegister: null,
      manifest: {
        name: 'Бірге',
        short_name: 'Бірге',
        description: 'Қауымдастық деңгейіндегі оңалту',
        lang: 'kk',
        start_url: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5d53',
        icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // App shell: every navigation gets index.html; the API is never cached.
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/healthz/],
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        // The first visit's page is served by the worker as soon as it is installed, so pages
        // (lazy chunks) opened after the connection drops still load. Updates still wait for
        // the user (registerType 'prompt': no skipWaiting).
        clientsClaim: true,
      },
    }),
  ],
  server: {
    port: 5173,
    proxy: { '/api': api, '/healthz': api },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'sign-in-form',
              test: (id) => SIGN_IN_FORM.some((path) => id.endsWith(path)),
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
});
