using System.Text;
using ParIndex.Rules.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CliApp.Run(args, Console.Out, Console.Error, isTerminal: !Console.IsErrorRedirected);
