# Types each argument into an interactive zsh (a pseudo-terminal), presses TAB with the completion loaded the
# way the README says (bashcompinit), and prints the completed command line, one per argument.
zmodload zsh/zpty
zpty -b z 'zsh -f -i'
zpty -w z 'PS1="> "; autoload -U +X bashcompinit && bashcompinit && . "$ESXNET_COMPLETION"; print RE""ADY'
zpty -r z line '*READY*' || exit 3
n=0
for typed in "$@"; do
  (( n++ ))
  zpty -w -n z "$typed"$'\t\x01print -r -- C""'$n$': \n'
  zpty -r z line "*C$n: *"$'\n' || exit 4
  print -r -- "${${line##*C$n: }%%[$'\r\n']*}"
done
zpty -d z
