import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const API_TARGET = 'http://localhost:8080';

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
      },
    }),
  ],
  server: {
    port: 5173,
    proxy: { '/api': API_TARGET, '/healthz': API_TARGET },
  },
  build: { outDir: 'dist', sourcemap: true, target: 'es2022' },
});
