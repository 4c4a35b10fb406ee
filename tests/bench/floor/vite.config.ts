// Builds the benchmark floor app with the same Vite and React plugin as the real app.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({ root: import.meta.dirname, plugins: [react()], build: { manifest: true, emptyOutDir: true }, logLevel: 'warn' });
