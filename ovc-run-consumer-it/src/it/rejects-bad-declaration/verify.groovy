// The compile failed because of the processor, on the declaration's line, with its stable tag.
def log = new File(basedir, 'build.log').text
assert log.contains('[ovc-run:pipeline-id]') : 'no [ovc-run:pipeline-id] error in build.log'
assert log.contains('BadId.java:[7,') : 'the error does not point at the @Pipeline line'
assert log.contains('daily orders') : 'the error does not name the bad id'
return true
