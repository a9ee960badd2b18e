/** True in `npm run dev` and a worker demo build: the mock backend runs in the browser (mocks/vite-plugin.ts). */
declare const __MOCK_WORKER__: boolean;
