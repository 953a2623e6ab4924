def log = new File(basedir, 'build.log').text
assert log.contains('unknown ovc-run agent option <reprots>; valid options are ') : log
assert log.contains('reports') : log
return true
