#!/usr/bin/env node
// The `ringside` command; the code lives in dist/cli.js (run `npm run build:lib` first).
import "../dist/cli.js";
