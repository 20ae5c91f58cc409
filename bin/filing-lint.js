#!/usr/bin/env node
'use strict';
require('../cli/out/filing-lint.js');
