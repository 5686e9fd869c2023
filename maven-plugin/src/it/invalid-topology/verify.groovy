def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/esxnet/esx01.yaml').path
assert log.contains('[ERROR] ' + file + ":8:30: [SCHEMA] unknown key 'drvier'") : 'the located finding in Maven\'s log'
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/generated-resources/esxnet').exists() : 'nothing written'
