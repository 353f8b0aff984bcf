# Run once per user by ./cmd, in a folder of its own.
rm -rf w && mkdir -p w/shared && cd w || exit 1
cp ../plan.src plan.csv
echo old > shared/real.csv && ln -s shared/real.csv link.csv
wb-tasks fmt --to tsv plan.csv -o link.csv && test -L link.csv && echo "link kept: $(readlink link.csv)"
head -c 12 shared/real.csv; echo
cp plan.csv shared/other.csv && ln -s other.csv shared/rel.csv
wb-tasks set T1 --owner 高橋 -i shared/rel.csv && test -L shared/rel.csv && echo "-i through a relative link: $(grep -c 高橋 shared/other.csv) row"
echo "temporary files left: $(ls -A shared | grep -c '^\.')" 
mkfifo pipe && { cat pipe | wc -l > fifo.count & } && wb-tasks fmt plan.csv -o pipe && wait && echo "fifo read $(cat fifo.count) lines" && test -p pipe && echo "still a fifo"
wb-tasks fmt plan.csv -o /dev/null && echo "/dev/null: $(ls -l /dev/null | cut -c1)"
wb-tasks fmt plan.csv -o /dev/stdout | wc -l
{ echo first; wb-tasks fmt plan.csv -o /dev/stdout; } > both.txt; head -2 both.txt | cut -c1-20
