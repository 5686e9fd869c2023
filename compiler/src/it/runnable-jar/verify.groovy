def log = new File(basedir, 'build.log').text
def jar = new File(localRepositoryPath, "io/github/esxnet/esxnet-compiler/${projectVersion}/esxnet-compiler-${projectVersion}-cli.jar")
assert jar.isFile() : 'the runnable jar was installed and resolved by its coordinates'
assert new File(basedir, 'target/hosts/esx-b/etc/vmware/netmap.conf').isFile()
assert log.contains('wrote ' + new File(basedir, 'target/hosts/esx-a/etc/vmware/hwconfig'))
assert log.contains('up to date: ' + new File(basedir, 'target/hosts'))
def invalid = new File(basedir, 'target/invalid.txt').text
assert invalid.contains('::error file=invalid.yaml,line=12,col=26,title=ADAPTER-MULTI-BOND::') : invalid
assert log.contains('BUILD SUCCESS')
