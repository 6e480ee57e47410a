#!/usr/bin/env node
import '../dist/iac-lint.js';
