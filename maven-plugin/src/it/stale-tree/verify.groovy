def log = new File(basedir, 'build.log').text
assert log.contains('different: esx01/etc/vmware/hwconfig')
assert log.contains('1 file differs from what the topologies compile to')
assert log.contains('BUILD FAILURE')
