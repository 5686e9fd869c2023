def log = new File(basedir, 'build.log').text
def captured = new File(basedir, 'captured')
assert log.contains('[ERROR] esxnet: the base directory ' + captured + ' has no captured root for host esx07 (' + new File(captured, 'esx07') + ' is not a directory)') : log
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/generated-resources/esxnet').exists() : 'nothing written'
