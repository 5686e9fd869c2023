def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') : 'the tests against the installed library ran'
assert new File(basedir, 'target/hosts/esx-c/etc/vmware/hwconfig').isFile()
