-- A second, independent LSP client: Neovim's built-in one, headless. It starts the bundled server
-- over stdio, opens the filing given in FILING, waits for diagnostics and writes them to OUT as
-- one line each: "line:col code message" (0-based line and column, as LSP sends them).
local filing = os.getenv('FILING')
local out = os.getenv('OUT')
local server = os.getenv('SERVER')

vim.cmd('edit ' .. vim.fn.fnameescape(filing))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'sec-filing'

local client_id = vim.lsp.start_client({
  name = 'filing-lint',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(filing, ':h'),
})
vim.lsp.buf_attach_client(buf, client_id)

local ok = vim.wait(20000, function()
  return #vim.diagnostic.get(buf) > 0
end, 100)

local lines = {}
if not ok then
  table.insert(lines, 'TIMEOUT')
end
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(lines, string.format('%d:%d %s %s', d.lnum, d.col, tostring(d.code), d.message))
end
vim.fn.writefile(lines, out)
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
